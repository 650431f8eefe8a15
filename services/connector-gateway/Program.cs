using Mobius.Micro.ConnectorGateway;
using Mobius.Micro.ServiceDefaults;
using Mobius.Micro.ServiceDefaults.Configuration;
using Mobius.Micro.ServiceDefaults.Health;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddConnectorGateway();

var app = builder.BuildService();
app.MapDefaultEndpoints();
app.Run();
