"""Tests of newsframe.publish, one file per module."""
