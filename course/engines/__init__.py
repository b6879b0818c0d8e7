"""Pure, explainable checkers and data tools: no check registry, no printing.

The clickbait checker (``clickbait``), the EYD V checker (``spelling``), the press-release
and press-conference checkers, the engagement arithmetic, tables and charts, the synthetic
data set, and reading files with friendly errors (``files``).
"""
