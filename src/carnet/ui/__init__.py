"""Carnet's Qt interface. Views read plain values from `carnet.services.queries` and write through services."""
