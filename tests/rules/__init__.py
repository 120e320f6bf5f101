"""Tests of the rules, one module per rule."""
