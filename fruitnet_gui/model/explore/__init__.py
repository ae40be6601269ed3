"""Exploring a network: gradient checks, the error landscape, the decision map, new designs."""
