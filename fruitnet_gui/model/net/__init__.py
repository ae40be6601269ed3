"""The network: the vectorized reference, activations, conventions, names, limits."""
