using SevenIo;

// GetAsync exists only because hooks-extended.seven.json adds it; nothing here is hand-written client code.
var client = new SevenClient("key");
Func<long, CancellationToken, Task<Hook>> get = client.Hooks.GetAsync;
Console.WriteLine($"extended client has {get.Method.Name}");
