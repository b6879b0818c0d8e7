"""Pure, explainable checkers and data tools: no check registry, no printing.

The clickbait checker (``clickbait``), the EYD V checker (``spelling``), the press-release
checker (``press_release``), the press-conference rundown checker (``press_conference``), the
media-advisory checker (``media_advisory``), the engagement arithmetic, tables and charts
(``engagement``, ``charts``), the synthetic data set (``synthetic_data``), and reading files
with friendly errors (``files``).
"""
