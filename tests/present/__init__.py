"""Tests of newsframe.present, one file per module."""
