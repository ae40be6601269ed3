"""FruitNet benchmarks: ``python -m benchmarks [--quick] [--json FILE]``.

Every figure is a median over repeated runs; every comparison is a ratio of two
figures measured in the same run on the same machine.
"""
