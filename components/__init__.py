"""Streamlit building blocks of the dashboard; each module is named after what it draws or holds."""
