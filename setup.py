"""Build hook: ship the top-level data/ and resources/ folders inside the package.

The source tree keeps them at the top level where people find them; an installed
package carries them as planner/_data and planner/_resources, found by planner.paths.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).parent
SHIPPED = {"data": "_data", "resources": "_resources"}


class BuildWithData(build_py):
    def run(self):
        super().run()
        for source, target in SHIPPED.items():
            if not (HERE / source).is_dir():
                continue
            destination = Path(self.build_lib) / "planner" / target
            if destination.exists():
                shutil.rmtree(destination)
            shutil.copytree(HERE / source, destination)


setup(cmdclass={"build_py": BuildWithData})
