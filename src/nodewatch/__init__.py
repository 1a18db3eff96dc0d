"""nodewatch: the sanctions-evasion network around the DPRK, Russia and China.

Importing the package first decides, once per process, whether screening's core runs from
the optional native build (see ``nodewatch.native``) or as plain Python.
"""

from nodewatch.native import activate, native_status

activate()

__all__ = ["native_status"]
