"""The Telegram edge: application wiring, thin handlers, rendering to HTML and buttons, transport.

The only package that imports `telegram`; it calls the services and the domain, never the reverse.
"""
