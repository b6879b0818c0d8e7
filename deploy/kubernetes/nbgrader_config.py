"""nbgrader settings of the single-user image (participants' pods on Kubernetes).

Installed as <conda prefix>/etc/jupyter/nbgrader_config.py by the Dockerfile. The pod
mounts the participant's own exchange at /srv/nbgrader/exchange (values.yaml,
``subPath: peserta/{username}``), so nbgrader's plain file exchange sees only that
participant's releases, submissions and feedback.
"""

import os

c = get_config()  # noqa: F821 - provided by traitlets

c.CourseDirectory.course_id = "bimtek-kehumasan"
c.Exchange.root = os.environ.get("BIMTEK_EXCHANGE", "/srv/nbgrader/exchange")
# Every pod's Unix user is the same: name submissions after the hub user (KubeSpawner sets it).
if os.environ.get("JUPYTERHUB_USER"):
    c.CourseDirectory.student_id = os.environ["JUPYTERHUB_USER"]
