"""Tests of newsframe.analyse, one file per module."""
