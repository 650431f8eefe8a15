using Mobius.Micro.ObjectStore.Hosting;
using Mobius.Micro.ServiceDefaults;
using Mobius.Micro.ServiceDefaults.Configuration;
using Mobius.Micro.ServiceDefaults.Health;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddObjectStore();

var app = builder.BuildService();
app.MapEngineApi();
app.MapDefaultEndpoints();

app.Run();

/// <summary>Visible to the integration tests' <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
