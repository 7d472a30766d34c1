"""Everything that touches PyTorch (no Qt here). The public API the tabs and the CLI use:

- design: ``load_design(path_or_preset)``, ``save_design``, ``design_from_dict``,
  ``Design`` (``to_dict``, ``with_layers``), ``TrainingConfig``, ``PRESETS``;
  ``analyse(design, num_classes) -> Analysis`` (per layer: ``LayerInfo`` with in/out shape,
  params, error; ``total_params``, ``output_shape``, ``valid``, ``error``);
  ``validate`` (raises); ``DesignError`` (``index`` of the layer, ``fix`` dict or None);
  ``apply_fix(design, fix, index)``.
- layers: ``SPECS`` (name -> ``LayerSpec``: settings, tip, group, inferred input size),
  ``LAYER_TYPES``, ``PERCEPTRON_LAYERS``, ``PERCEPTRON_TIP``, ``fmt_shape``.
- build: ``build_model(design, num_classes)``, ``save_weights``, ``load_weights``
  (``torch.load(weights_only=True)``).
- train: ``Trainer(design, data, config)`` with ``epochs(count, stop, pause, on_batch)``
  yielding ``EpochResult``, ``reset_weights()``, ``evaluate``, ``predict``, ``device_label``;
  ``design_data(design, name)``, ``with_overrides``, ``resolve_device``, ``TrainingDiverged``.
- device: ``describe_device()``, ``prepare_training()``.
"""
