using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HallDesk.Web.Tests.Features.Messaging;

/// <summary>A fake SMS provider on a loopback port: answers each request with the next scripted status (200 when the script is used up) and keeps every request it got.</summary>
public sealed class SmsProviderStub : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<HttpStatusCode> _script = new();
    private readonly Task _loop;

    public SmsProviderStub()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/sms/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public sealed record Received(string? IdempotencyKey, string? ApiKey, string Body);

    public string Url { get; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    public void Answer(params HttpStatusCode[] statuses)
    {
        foreach (var status in statuses)
        {
            _script.Enqueue(status);
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            Requests.Enqueue(new Received(context.Request.Headers["Idempotency-Key"], context.Request.Headers["X-Api-Key"], body));
            context.Response.StatusCode = (int)(_script.TryDequeue(out var status) ? status : HttpStatusCode.OK);
            var answer = Encoding.UTF8.GetBytes(status == HttpStatusCode.OK || status == 0 ? "{\"ok\":true}" : "{\"error\":\"provider down\"}");
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
