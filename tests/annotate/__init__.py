"""Tests of newsframe.annotate, one file per module."""
