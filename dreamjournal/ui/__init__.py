"""The Streamlit app's shared pieces: the only package code that imports streamlit."""
