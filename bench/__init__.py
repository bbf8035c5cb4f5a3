"""Load benchmark for the 고용복지+ bot against the stock Rasa sample bot (`make bench`)."""
