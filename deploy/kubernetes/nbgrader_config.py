"""nbgrader settings of the single-user image (participants' pods on Kubernetes).

Installed as <conda prefix>/etc/jupyter/nbgrader_config.py by the Dockerfile. The pod
mounts the participant's own exchange at /srv/nbgrader/exchange (values.yaml,
``subPath: peserta/{username}``), so nbgrader's plain file exchange sees only that
participant's releases, submissions and feedback.

Many angkatan (nbgrader's multiple-courses set-up, as on one server): the hub puts the
participant's own course id (their angkatan, group ``nbgrader-<course>``) in BIMTEK_KURSUS_ID
(values.yaml, hub.extraConfig ``bimtek_course_env``), and nbgrader's JupyterHubAuthPlugin asks
the hub which courses the user belongs to (their ``nbgrader-``/``formgrade-`` groups; the
server's token may read them: ``Spawner.server_token_scopes``). Every pod the hub starts has
JUPYTERHUB_API_TOKEN; nbgrader run outside a hub (no token) keeps nbgrader's default plugin,
which answers every course, and the exchange mount alone decides what it sees. The grader pods
(hub services, JUPYTERHUB_SERVICE_NAME) use the same image and keep the default plugin too: their
course is their folder's, and with the plugin nbgrader would ask the hub to add every graded
participant to a group, which a service's token may not do.
"""

import os

c = get_config()  # noqa: F821 - provided by traitlets

c.CourseDirectory.course_id = os.environ.get("BIMTEK_KURSUS_ID") or "bimtek-kehumasan"
if os.environ.get("JUPYTERHUB_API_TOKEN") and not os.environ.get("JUPYTERHUB_SERVICE_NAME"):
    c.Authenticator.plugin_class = "nbgrader.auth.JupyterHubAuthPlugin"
c.Exchange.root = os.environ.get("BIMTEK_EXCHANGE", "/srv/nbgrader/exchange")
# Every pod's Unix user is the same: name submissions after the hub user (KubeSpawner sets it).
if os.environ.get("JUPYTERHUB_USER"):
    c.CourseDirectory.student_id = os.environ["JUPYTERHUB_USER"]
