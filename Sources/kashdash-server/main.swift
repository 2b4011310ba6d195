print("kashdash-server")
