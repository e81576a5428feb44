"""The package version, in a module of its own so that any module (the
pipeline's cache key, the loader cache) can read it without importing the
package ``__init__``.
"""

__version__ = "0.1.0"
