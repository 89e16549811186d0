"""Run-time machinery: the extraction cache on disk, the serve-time memo, the process pool."""
