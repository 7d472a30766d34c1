"""A live source for every tab: a camera or a video file feeds the shared image document."""
