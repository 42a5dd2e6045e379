#!/usr/bin/env bash
# Builds a fresh console project outside the source tree the way a user building from source wires
# it up (SevenIo.Generator.FromSource.props: generator as Analyzer, runtime as a reference, the specs
# as AdditionalFiles), with warnings as errors, and runs the documented usage against the emulator.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <WarningsAsErrors>\$(WarningsAsErrors);CS8785;CS8784;CS9057</WarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$root/samples/SevenIo.GatewayEmulator/SevenIo.GatewayEmulator.csproj" />
  </ItemGroup>
  <!-- The generator and runtime from source, with the gateway's specs, as README's "from source" section says. -->
  <Import Project="$root/generator/SevenIo.Generator/SevenIo.Generator.FromSource.props" />
</Project>
XML
cp "$root/tests/consumer/Program.cs.txt" "$work/Program.cs"

output=$(dotnet run --project "$work/Consumer.csproj")
echo "$output"
[ "$output" = "listed 1, created 410, remaining 0" ] || { echo "unexpected consumer output" >&2; exit 1; }
