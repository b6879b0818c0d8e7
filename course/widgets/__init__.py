"""Interactive ipywidgets tools used in the session notebooks, one module per tool.

Widgets are for exploring; graded answers always live in code, because the
grader re-runs the notebook and widget state is not kept. Each builder returns
the widget and keeps its parts reachable as attributes, so tests can drive it
(set a value, read the verdict or the chart's Axes) without a browser.
"""
