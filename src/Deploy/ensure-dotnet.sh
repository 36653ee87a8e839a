# Sourced by the Netlify build (see netlify.toml): makes sure a .NET 10 SDK is on PATH.
# Netlify's build image has Node but not always this SDK; Microsoft's install script fetches the newest 10.0 release.
# Sourced, not run, so that the PATH it sets holds for the commands after it.
if ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  echo "Installing the .NET 10 SDK into $HOME/.dotnet"
  curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$HOME/.dotnet"
  export DOTNET_ROOT="$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi
dotnet --version
