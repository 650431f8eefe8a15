using Mobius.Micro.EnOceanDecoder;
using Mobius.Micro.ServiceDefaults;
using Mobius.Micro.ServiceDefaults.Configuration;
using Mobius.Micro.ServiceDefaults.Health;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEnOceanDecoder();

var app = builder.Build();
app.MapDefaultEndpoints();
return await app.RunServiceAsync();
