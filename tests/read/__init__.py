"""Tests of newsframe.read, one file per module."""
