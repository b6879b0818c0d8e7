"""Pure, explainable checkers and data tools: no check registry, no printing.

The clickbait checker (``clickbait``), the EYD V checker (``spelling``), the press-release
checker (``press_release``, with its ethics check ``release_ethics``), the press-conference rundown checker
(``press_conference``), the media-advisory checker (``media_advisory``), the writing checkers of the
participant's desk (captions ``captions``, quiz and contest posts ``contest_post``, replies to citizens
``citizen_replies``, hoax clarifications ``clarification``, answers to journalists ``press_answers``), the
engagement arithmetic, tables and charts (``engagement``, ``charts``), the synthetic data set
(``synthetic_data``), and reading files with friendly errors (``files``).
"""
