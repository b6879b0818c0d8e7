"""nbgrader settings of every single-user server on the Bimtek hub (participants and instructors).

The hub puts this folder on JUPYTER_CONFIG_PATH (deploy/bimtek_hub.py). One course; the
exchange root comes from BIMTEK_EXCHANGE, set by the hub. Submissions are written with
group-only permissions (course.instructor.exchange.PrivateExchangeSubmit), so one participant cannot
read another's submission even knowing its folder name.
"""

import os

c = get_config()  # noqa: F821 - provided by traitlets

c.CourseDirectory.course_id = "bimtek-kehumasan"
c.Exchange.root = os.environ.get("BIMTEK_EXCHANGE", "/srv/nbgrader/exchange")
c.ExchangeFactory.submit = "course.instructor.exchange.PrivateExchangeSubmit"
