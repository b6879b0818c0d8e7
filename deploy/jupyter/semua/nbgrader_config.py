"""nbgrader settings of every single-user server on the Bimtek hub (participants and instructors).

The hub puts this folder on JUPYTER_CONFIG_PATH (deploy/bimtek_hub.py). The exchange root
comes from BIMTEK_EXCHANGE and the participant's own course (their angkatan) from
BIMTEK_KURSUS_ID, both set by the hub. nbgrader's JupyterHubAuthPlugin asks the hub which
courses a user belongs to (their ``nbgrader-<course>`` and ``formgrade-<course>`` groups):
the Assignment List shows, fetches and submits only those (nbgrader's multiple-courses
set-up), and the course folders in the exchange are closed to everyone else by their Unix
group (``bimtek angkatan buat --akun``). Submissions are written with
group-only permissions (course.instructor.exchange.PrivateExchangeSubmit), so one participant cannot
read another's submission even knowing its folder name.
"""

import os

c = get_config()  # noqa: F821 - provided by traitlets

c.CourseDirectory.course_id = os.environ.get("BIMTEK_KURSUS_ID", "bimtek-kehumasan")
c.Authenticator.plugin_class = "nbgrader.auth.JupyterHubAuthPlugin"
c.Exchange.root = os.environ.get("BIMTEK_EXCHANGE", "/srv/nbgrader/exchange")
c.ExchangeFactory.submit = "course.instructor.exchange.PrivateExchangeSubmit"
