using Mobius.Micro.ServiceDefaults;
using Mobius.Micro.ServiceDefaults.Configuration;
using Mobius.Micro.ServiceDefaults.Health;
using Mobius.Micro.WorkOccDecoder;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddWorkOccDecoder();

var app = builder.BuildService();
app.MapDefaultEndpoints();
app.Run();
