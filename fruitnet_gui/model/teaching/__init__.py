"""One iteration as a person does it: sub-steps, formulas, rounding, the paper's notes,
practice and worksheets."""
