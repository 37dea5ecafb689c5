"""Helpers shared by tests: complete step data and ways to fill wizard fields."""
