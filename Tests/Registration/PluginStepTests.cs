using System;
using DualWrite.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Registration;

public sealed class PluginStepTests
{
    [Fact]
    public void NamesTheStepAfterTypeMessageTableStageAndMode()
    {
        var step = new PluginStep(typeof(NoOpPlugin), "Update", "msdyn_project", PipelineStage.PostOperation, StepMode.Asynchronous, "Sends projects");

        Assert.Equal($"{typeof(NoOpPlugin).FullName}: Update of msdyn_project (PostOperation, Asynchronous)", step.Name);
    }

    [Fact]
    public void SortsAndDeduplicatesFilteringAttributesAndImageColumns()
    {
        var image = new StepImage("pre", ImageType.PreImage, ["msdyn_subject", "msdyn_description", "msdyn_subject"]);
        var step = new PluginStep(
            typeof(NoOpPlugin), "Update", "msdyn_project", PipelineStage.PostOperation, StepMode.Synchronous, "d",
            filteringAttributes: ["statecode", "msdyn_subject", "statecode"], images: [image]);

        Assert.Equal(["msdyn_subject", "statecode"], step.FilteringAttributes);
        Assert.Equal(["msdyn_description", "msdyn_subject"], step.Images[0].Attributes);
    }

    [Theory]
    [InlineData(typeof(string), "not a concrete IPlugin")]
    [InlineData(typeof(AbstractPlugin), "not a concrete IPlugin")]
    public void RefusesTypesThatAreNotConcretePlugins(Type type, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => new PluginStep(type, "Create", "account", PipelineStage.PostOperation, StepMode.Synchronous, "d"));

        Assert.Contains(expected, error.Message);
        Assert.Contains(type.FullName!, error.Message);
    }

    [Fact]
    public void RefusesAnAsynchronousStepOutsidePostOperation()
    {
        var error = Assert.Throws<ArgumentException>(() => new PluginStep(typeof(NoOpPlugin), "Update", "account", PipelineStage.PreOperation, StepMode.Asynchronous, "d"));

        Assert.Contains("asynchronous steps can only be registered in PostOperation", error.Message);
    }

    [Fact]
    public void RefusesAStageThePlatformDoesNotRegister()
    {
        var error = Assert.Throws<ArgumentException>(() => new PluginStep(typeof(NoOpPlugin), "Update", "account", (PipelineStage)30, StepMode.Synchronous, "d"));

        Assert.Contains("stage 30 cannot be registered", error.Message);
    }

    [Fact]
    public void RefusesFilteringAttributesOnAMessageOtherThanUpdate()
    {
        var error = Assert.Throws<ArgumentException>(() => new PluginStep(
            typeof(NoOpPlugin), "Create", "account", PipelineStage.PostOperation, StepMode.Synchronous, "d", filteringAttributes: ["name"]));

        Assert.Contains("filtering attributes apply to Update steps only", error.Message);
    }

    [Theory]
    [InlineData("Create", PipelineStage.PostOperation, ImageType.PreImage, "Create has none")]
    [InlineData("Delete", PipelineStage.PostOperation, ImageType.PostImage, "post-image")]
    [InlineData("Update", PipelineStage.PreOperation, ImageType.PostImage, "post-image")]
    [InlineData("Update", PipelineStage.PreOperation, ImageType.Both, "post-image")]
    public void RefusesImagesThePlatformCannotProvide(string message, PipelineStage stage, ImageType imageType, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => new PluginStep(
            typeof(NoOpPlugin), message, "account", stage, StepMode.Synchronous, "d", images: [new StepImage("image", imageType, ["name"])]));

        Assert.Contains("image 'image'", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void RefusesTheSameImageAliasTwice()
    {
        var error = Assert.Throws<ArgumentException>(() => new PluginStep(
            typeof(NoOpPlugin), "Update", "account", PipelineStage.PostOperation, StepMode.Synchronous, "d",
            images: [new StepImage("image", ImageType.PreImage, []), new StepImage("image", ImageType.PostImage, [])]));

        Assert.Contains("image alias 'image' is registered twice", error.Message);
    }

    [Fact]
    public void AcceptsThePreAndPostImagesAnUpdatePostOperationStepCanHave()
    {
        var step = new PluginStep(
            typeof(NoOpPlugin), "Update", "account", PipelineStage.PostOperation, StepMode.Synchronous, "d",
            images: [new StepImage("both", ImageType.Both, ["name"])]);

        Assert.True(step.Images[0].IsPreImage);
        Assert.True(step.Images[0].IsPostImage);
    }

    [Fact]
    public void RefusesAnImageWithoutAnAlias()
    {
        var error = Assert.Throws<ArgumentException>(() => new StepImage(" ", ImageType.PreImage, []));

        Assert.Contains("needs an alias", error.Message);
    }

    private sealed class NoOpPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
        }
    }

    private abstract class AbstractPlugin : IPlugin
    {
        public abstract void Execute(IServiceProvider serviceProvider);
    }
}
