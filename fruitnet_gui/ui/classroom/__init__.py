"""For a class: lessons, worksheets, checking a hand calculation."""
