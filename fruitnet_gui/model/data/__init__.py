"""Datasets: images or features, labels or soft targets, and the hand-drawn fruit."""
