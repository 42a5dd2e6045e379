using SevenIo;

// Hooks.GetAsync and HookEventType.WaMo exist only because acme.seven.json adds them to the
// package's client; the rest of the gateway (here the balance) is still generated from the package.
var client = new SevenClient("key");
Func<long, CancellationToken, Task<Hook>> get = client.Hooks.GetAsync;
Func<CancellationToken, Task<Balance>> balance = client.Balance.GetAsync;
Console.WriteLine($"overlay: Hooks.{get.Method.Name}, HookEventType.WaMo = {HookEventType.WaMo}, and Balance.{balance.Method.Name} from the package");
return HookEventType.WaMo.ToString() == "wa_mo" ? 0 : 1;
