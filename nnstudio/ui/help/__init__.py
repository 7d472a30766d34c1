"""The Help menu: glossary, keyboard shortcuts, About, and the places Show me opens."""

from .help_menu import HelpActions

__all__ = ["HelpActions"]
