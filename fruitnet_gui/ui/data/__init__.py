"""The data views: the dataset browser and its files, the pixel editor."""
