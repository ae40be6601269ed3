"""Stepping through an iteration: the stepper bar, the formula view and its words,
Your turn, the error plot."""
