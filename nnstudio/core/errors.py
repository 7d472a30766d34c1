"""The one exception type that carries a message meant for a person."""


class InputError(ValueError):
    """Something the user gave nnstudio cannot be used.

    The message is one sentence that says what happened and what to do; the GUI shows it in
    the status bar, the CLI prints it on stderr and exits 2. Code that raises it must leave
    every earlier state untouched.
    """
