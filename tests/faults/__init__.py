"""Reliability fault tests: worker crashes, broker restarts, bursts and SASL against the real broker."""
