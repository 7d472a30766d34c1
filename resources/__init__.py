"""nnstudio's bundled data: sample images, data sets, designs and icons.

Installed as the package ``nnstudio.resources`` (see pyproject.toml) so that
importlib.resources finds these files in a source checkout, a wheel and a frozen bundle.
"""
