using System;
using System.Linq;
using DualWrite.FinanceEmulator.Hosting;
using DualWrite.Schema.Finance;

// Standalone: dotnet run --project Tools/FinanceEmulator -- --urls https://127.0.0.1:5443 [--state-file rows.json]
//   [--client-id ID --client-secret SECRET] [--company usmf]
// Serves the recorded Finance snapshot (Schema/Finance) as $metadata and its /Metadata/DataEntities.
string? Option(string name)
{
    int at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

var options = new FinanceEmulatorOptions
{
    Url = new Uri(Option("--urls") ?? "https://127.0.0.1:5443"),
    StateFile = Option("--state-file"),
    DefaultCompany = Option("--company") ?? "usmf",
};

string clientId = Option("--client-id") ?? "00000000-0000-0000-0000-00000000c11e";
string secret = Option("--client-secret") ?? "local-emulator-secret";

await using FinanceEmulatorHost emulator = await FinanceEmulatorHost.StartAsync(options);
emulator.Clients.AddSecret(clientId, secret);
Console.WriteLine($"Finance emulator on {emulator.BaseUrl} (certificate {emulator.Certificate.Thumbprint}, self-signed)");
Console.WriteLine($"Authority host: {emulator.BaseUrl}  tenant: any  client id: {clientId}  scope: {emulator.BaseUrl.AbsoluteUri.TrimEnd('/')}/.default");
Console.WriteLine(emulator.Store.EntitySets.Count == 0
    ? "Entity sets: none yet (the table maps will provide them)."
    : "Entity sets: " + string.Join(", ", emulator.Store.EntitySets.Keys));
Console.WriteLine("Press Ctrl+C to stop.");
await emulator.WaitForShutdownAsync();
