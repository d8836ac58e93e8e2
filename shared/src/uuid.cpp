// placeholder: implemented in the Foundation issue
