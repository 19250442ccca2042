import sys

from avatarstudio.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # a bundle's spawned workers start here; plain Python needs nothing
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
