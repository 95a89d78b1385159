"""The knowledge: items as values, the TOML format that makes them, time rules, the folder on disk.

Pure domain except `source` (which reads files); imports nothing of `bot` outside this package.
"""
