"""Designing and exploring: new networks, conventions, the error landscape, the decision map."""
